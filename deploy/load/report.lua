-- wrk script of bench-public.sh: after a run, one line with throughput, latency percentiles and errors.
-- Status codes of 400 and above count as errors ("non-2xx/3xx"); a 304 of a revalidation is not an error.
-- With WRK_COUNT_304 set (revalidation runs), it also counts the 304 answers; only then does wrk hand every
-- response to Lua, so plain runs pay nothing for it.
local counting = os.getenv("WRK_COUNT_304") ~= nil
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

if counting then
   function init(args)
      not_modified = 0
   end

   function response(status, headers, body)
      if status == 304 then
         not_modified = not_modified + 1
      end
   end
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local errors = summary.errors
   local answered_304 = -1
   if counting then
      answered_304 = 0
      for _, thread in ipairs(threads) do
         answered_304 = answered_304 + thread:get("not_modified")
      end
   end
   io.write(string.format(
      "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx3xx=%d socket_errors=%d not_modified=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      errors.status, errors.connect + errors.read + errors.write + errors.timeout, answered_304))
end
