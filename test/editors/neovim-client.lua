-- Drives Evident's language server from Neovim's built-in LSP client, as a user's config would.
-- Run by neovim.test.ts: nvim --headless -u NONE -c "lua EVIDENT_SERVER=… EVIDENT_DRAFT=… EVIDENT_OUT=…" -c "luafile <this>".
-- Opens the draft, waits for diagnostics, hovers the first one, applies its first quick fix,
-- and writes what it saw to <out> as JSON.
local server, draft, out = _G.EVIDENT_SERVER, _G.EVIDENT_DRAFT, _G.EVIDENT_OUT
local result = { diagnostics = {}, errors = {} }

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local client_id = vim.lsp.start_client({
    name = 'evident',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(draft, ':h'),
  })
  assert(client_id, 'the client did not start')
  vim.lsp.buf_attach_client(0, client_id)

  local got = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
  assert(got, 'no diagnostics within 20 s')
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(result.diagnostics, { line = d.lnum, col = d.col, end_col = d.end_col, message = d.message, code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or d.code, severity = d.severity })
  end
  table.sort(result.diagnostics, function(a, b) return a.line < b.line or (a.line == b.line and a.col < b.col) end)

  -- Hover on the first diagnostic.
  local first = result.diagnostics[1]
  local params = { textDocument = vim.lsp.util.make_text_document_params(), position = { line = first.line, character = first.col } }
  local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 10000)
  for _, response in pairs(hover or {}) do
    if response.result and response.result.contents then result.hover = response.result.contents.value end
  end

  -- The first quick fix of the booster finding ("Obviously"), applied as vim.lsp.buf.code_action would.
  local booster
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local code = d.user_data and d.user_data.lsp and d.user_data.lsp.code
    if code == 'booster' then booster = d end
  end
  assert(booster, 'no booster diagnostic')
  local range = { start = { line = booster.lnum, character = booster.col }, ['end'] = { line = booster.end_lnum, character = booster.end_col } }
  local actions = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', {
    textDocument = vim.lsp.util.make_text_document_params(),
    range = range,
    -- As vim.lsp.buf.code_action() sends them: the line's diagnostics converted back to LSP.
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(0, booster.lnum), only = { 'quickfix' } },
  }, 10000)
  for _, response in pairs(actions or {}) do
    local action = response.result and response.result[1]
    if action then
      result.action = action.title
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      result.line_after = vim.api.nvim_buf_get_lines(0, booster.lnum, booster.lnum + 1, false)[1]
    end
  end
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish()
