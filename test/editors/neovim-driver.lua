-- Drives Neovim's own LSP client against `client-ledger lsp --stdio` (test/editors/neovim.editor.ts).
-- Arguments come from the environment: CL_CLI (dist/cli.js), CL_WORKSPACE (a copy of the sample
-- ledger), CL_FILES (the records to open, one a line), CL_OUT (the JSON written back), CL_WAIT_MS.
local cli, workspace, out = os.getenv('CL_CLI'), os.getenv('CL_WORKSPACE'), os.getenv('CL_OUT')
local wait = tonumber(os.getenv('CL_WAIT_MS'))
local files = vim.split(os.getenv('CL_FILES'), '\n', { trimempty = true })
local result = { diagnostics = {}, errors = {} }

local client_id = vim.lsp.start_client({
  name = 'client-ledger',
  cmd = { 'node', cli, 'lsp', '--stdio' },
  root_dir = workspace,
  workspace_folders = { { uri = vim.uri_from_fname(workspace), name = 'ledger' } },
  init_options = { clientLedger = { today = '2026-11-20' } },
  -- every edit reaches the server at once (requests flush pending changes anyway)
  flags = { debounce_text_changes = 0 },
  on_error = function(code) table.insert(result.errors, 'client error ' .. tostring(code)) end,
})

local buffers = {}
for _, file in ipairs(files) do
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  buffers[file] = buf
end

-- Each record has been checked once the server published for it (an empty list counts).
local published = {}
local handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
  published[vim.uri_to_fname(params.uri)] = true
  return handler(err, params, ctx, config)
end
result.all_published = vim.wait(wait, function()
  for _, file in ipairs(files) do if not published[file] then return false end end
  return true
end, 50)

for file, buf in pairs(buffers) do
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, { file = file, line = d.lnum + 1, column = d.col + 1, rule = d.code, message = d.message, severity = d.severity })
  end
end

-- The quick fix on the first file's first invoice-overdue, applied as Neovim applies it.
local client = vim.lsp.get_client_by_id(client_id)
local first = buffers[files[1]]
local overdue
for _, d in ipairs(vim.diagnostic.get(first)) do if d.code == 'invoice-overdue' and not overdue then overdue = d end end
if overdue then
  local line = overdue.lnum
  local context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(first, line) }
  local params = { textDocument = { uri = vim.uri_from_bufnr(first) }, range = { start = { line = line, character = 0 }, ['end'] = { line = line, character = 0 } }, context = context }
  local answer = client.request_sync('textDocument/codeAction', params, wait, first)
  result.actions = {}
  for _, action in ipairs(answer and answer.result or {}) do table.insert(result.actions, action.title) end
  local payment
  for _, action in ipairs(answer and answer.result or {}) do if not payment and action.title:match('^Record payment') then payment = action end end
  if payment and payment.edit then
    vim.lsp.util.apply_workspace_edit(payment.edit, client.offset_encoding)
    result.after = table.concat(vim.api.nvim_buf_get_lines(first, 0, -1, false), '\n')
  end
  local hover = client.request_sync('textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(first) }, position = { line = line, character = 4 } }, wait, first)
  result.hover = hover and hover.result and hover.result.contents and hover.result.contents.value
end

vim.fn.writefile({ vim.fn.json_encode(result) }, out)
vim.lsp.stop_client(client_id)
vim.wait(wait, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd('qa!')
