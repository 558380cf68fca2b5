-- wrk script: every request comes from a calls file (BENCH_CALLS), one call per line:
--   METHOD <tab> bearer token <tab> path [<tab> JSON body]
-- The lines are dealt to wrk's threads; BENCH_ONCE=1 sends each line at most once (state-changing actions,
-- with the file's name and the line number as Idempotency-Key), otherwise the lines are sent round and round.
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end

function init(args)
  local threads = tonumber(os.getenv("BENCH_THREADS") or "1")
  once = os.getenv("BENCH_ONCE") == "1"
  local prefer = os.getenv("BENCH_PREFER")
  calls = {}
  local n = 0
  for line in io.lines(os.getenv("BENCH_CALLS")) do
    n = n + 1
    if (n - 1) % threads == tid - 1 then
      local method, token, path, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t?(.*)$")
      local headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }
      if prefer ~= nil and prefer ~= "" then
        headers["Prefer"] = prefer
      end
      if body ~= nil and body ~= "" then
        headers["Content-Type"] = "application/json"
      else
        body = nil
      end
      if once then
        -- unique per calls file and line: one technician's accept and en-route lines must not share a key
        headers["Idempotency-Key"] = "bench-" .. os.getenv("BENCH_CALLS"):match("([^/]+)$") .. "-" .. n
      end
      calls[#calls + 1] = wrk.format(method, path, headers, body)
    end
  end
  position = 0
end

function request()
  position = position + 1
  if position > #calls then
    if once then
      -- every line sent: stop this thread (the repeat below is answered from the idempotency store)
      wrk.thread:stop()
      position = #calls
    else
      position = 1
    end
  end
  return calls[position]
end

-- the first answers that are not 2xx go to the output beside the numbers, so an error is explained, not just counted
local shown = 0
function response(status, headers, body)
  if status >= 300 and shown < 3 then
    shown = shown + 1
    io.stderr:write("HTTP " .. status .. " " .. string.sub(body or "", 1, 300) .. "\n")
  end
end
