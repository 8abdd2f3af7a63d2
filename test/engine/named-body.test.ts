// The bodies a document's front says it speaks for, and the body a sentence names as its subject (issue 12: a speech
// tells its speaker's body's acts first-hand).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CENTRAL_BANK_ORGANS, bodiesOfByline, bodySubject, spokenAsWe } from '../../server/src/engine/claims/named-body';
import { SentenceContext } from '../../server/src/engine/context';

describe('bodiesOfByline', () => {
  it('reads the body of an office held, its head and its initials', () => {
    // for a central bank, also the bodies that make its policy
    const byline = 'Remarks by Jane Smith, Deputy Governor of the Bank of Canada, to the Winnipeg Chamber of Commerce';
    assert.deepEqual(bodiesOfByline(byline, 'none'), ['bank of canada', 'bank', 'bc', 'boc', ...CENTRAL_BANK_ORGANS]);
    // a central bank named by its initials, known by the office held; a state's governor is no bank
    assert.deepEqual(bodiesOfByline('Speech by Isabel Schnabel, Member of the Executive Board of the ECB, at the Bundesbank', 'none'), [
      'ecb',
      'executive board',
      ...CENTRAL_BANK_ORGANS.filter((organ) => organ !== 'executive board'),
    ]);
    assert.deepEqual(bodiesOfByline('Speech by Andrew Bailey, Governor of the BoE', 'none'), ['boe', ...CENTRAL_BANK_ORGANS]);
    assert.deepEqual(bodiesOfByline('Remarks by the Governor of California', 'none'), ['california']);
    const office = 'Speech given by Helena Marsh, Deputy Governor for Monetary Policy, Bank of Norland';
    assert.deepEqual(bodiesOfByline(office, 'none'), ['bank of norland', 'bank', 'bn', 'bon', ...CENTRAL_BANK_ORGANS]);
    const statement = 'Statement by the Taoiseach of Ireland at the General Debate of the General Assembly';
    assert.deepEqual(bodiesOfByline(statement, 'none'), ['government', 'ireland']);
    assert.deepEqual(bodiesOfByline('Statement by the Minister for Foreign Affairs and Trade of Ireland', 'none'), [
      'government',
      'ireland',
    ]);
    assert.deepEqual(bodiesOfByline('Statement by the President of the Republic of Korea', 'none'), ['korea', 'rk', 'rok']);
    const memo = 'FROM: Shalanda D. Young, Director, Office of Management and Budget';
    assert.deepEqual(bodiesOfByline(memo, 'none'), ['office of management and budget', 'office', 'omb']);
  });

  it("reads a minister's byline as the Government's, not a headline that names one", () => {
    assert.deepEqual(bodiesOfByline('SPEECH BY THE MINISTER OF STATE FOR HEALTH', 'none'), ['government']);
    assert.deepEqual(bodiesOfByline('Minister for Skills and Further Education, Rachel Okonjo MP', 'none'), ['government']);
    assert.deepEqual(bodiesOfByline('What the Minister for Housing got wrong', 'none'), []);
    assert.deepEqual(bodiesOfByline('Minister for Housing promises 300,000 homes', 'none'), []);
  });

  it('reads the author of a response and whom the writer speaks for', () => {
    assert.deepEqual(bodiesOfByline('Mozilla’s response to the consultation on the Digital Fairness Act', 'none'), ['mozilla']);
    assert.deepEqual(bodiesOfByline('Response of the Royal Society to the House of Lords inquiry', 'none'), ['royal society', 'rs']);
    assert.deepEqual(bodiesOfByline('I speak on behalf of the European Union and its Member States.', 'none'), ['european union', 'eu']);
  });

  it('reads the author from a consultation portal or a report', () => {
    assert.deepEqual(bodiesOfByline('Feedback from: Mozilla Corporation', 'none'), ['mozilla corporation', 'mozilla', 'mc']);
    assert.deepEqual(bodiesOfByline('Submitted by the Open Knowledge Foundation', 'none'), [
      'open knowledge foundation',
      'foundation',
      'okf',
    ]);
    assert.deepEqual(bodiesOfByline('Comments from the public were mixed', 'none'), []);
  });

  it('reads a letterhead only where the line may be one', () => {
    assert.deepEqual(bodiesOfByline('OFFICE OF MANAGEMENT AND BUDGET', 'body'), ['office of management and budget', 'office', 'omb']);
    assert.deepEqual(bodiesOfByline('OFFICE OF MANAGEMENT AND BUDGET', 'none'), []);
  });

  it('reads no line longer than a byline runs', () => {
    const long = `Remarks by Jane Smith, Deputy Governor of the Bank of Canada, ${'to the Chamber of Commerce, '.repeat(25)}`;
    assert.ok(long.length > 600);
    assert.deepEqual(bodiesOfByline(long, 'any'), []);
  });

  it('finds no body in a person named, a venue or a title without an office', () => {
    assert.deepEqual(bodiesOfByline('Remarks by Jane Smith at the Winnipeg Chamber of Commerce', 'none'), []);
    assert.deepEqual(bodiesOfByline('Bringing inflation back to target', 'body'), []);
    assert.deepEqual(bodiesOfByline('Mr. President, Excellencies, ladies and gentlemen', 'none'), []);
  });
});

describe('bodySubject', () => {
  const subject = (text: string) => {
    const ctx = new SentenceContext(text);
    const found = bodySubject(ctx);
    return found && { key: found.key, asWe: spokenAsWe(ctx, found) };
  };

  it('finds a body named as the subject of the main clause, after a fronted adverbial too', () => {
    assert.deepEqual(subject('Ireland has ratified the treaty.'), { key: 'ireland', asWe: 'We have ratified the treaty.' });
    assert.deepEqual(subject('Since March 2022, the Bank of Canada has raised its policy rate by 475 basis points.'), {
      key: 'bank of canada',
      asWe: 'Since March 2022, we have raised our policy rate by 475 basis points.',
    });
    assert.deepEqual(subject('The Government of Ireland publishes its accounts every year.'), {
      key: 'ireland',
      asWe: 'We publish our accounts every year.',
    });
    assert.deepEqual(subject('Governing Council decided last month to keep the policy rate unchanged.'), {
      key: 'governing council',
      asWe: 'We decided last month to keep the policy rate unchanged.',
    });
    assert.deepEqual(subject('The Committee judged that the risks are skewed to the upside.'), {
      key: 'committee',
      asWe: 'We judged that the risks are skewed to the upside.',
    });
    assert.deepEqual(subject('In January, the Bank held its policy rate at 5 per cent.'), {
      key: 'bank',
      asWe: 'In January, we held our policy rate at 5 per cent.',
    });
  });

  it('finds none where the subject is no name, or the name is not the subject', () => {
    assert.equal(subject('Inflation has fallen to 2.1 per cent.'), undefined);
    assert.equal(subject('Global hunger has risen sharply since 2019.'), undefined);
    assert.equal(subject('Inflation in Ireland has fallen to 2.1 per cent.'), undefined);
    assert.equal(subject('Irish peacekeepers have served in Lebanon since 1978.'), undefined);
    assert.equal(subject('In March 2022 the rate rose.'), undefined);
  });
});
