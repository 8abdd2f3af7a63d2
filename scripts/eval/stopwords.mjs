// Function words that say nothing about why a sentence was missed. Hedge-lexicon entries
// ("some", "most", "may") are kept by the error analysis even though some are listed here.
export const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him
  himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other
  our ours ourselves out over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which while who whom why will
  with would you your yours yourself yourselves also s t don didn doesn isn wasn aren weren won wouldn couldn shouldn
  it's that's there's i'm i've we're we've they're you're he's she's let's let well yes oh uh mr ms mrs
  one us get got go going gone said say says like know think thing things lot lots really right way`.split(/\s+/),
);
