-- wrk script: POST /api/v1/reports, a JSON report per request, each with its own Idempotency-Key.
-- Every wrk thread numbers its requests from its own offset so keys never repeat within or across runs.
local counter = 0
prefix = ""  -- set per thread by setup(); a global so thread:set reaches it
local template = '{"category":"RUMOUR","description":"تداول صفحات على مواقع التواصل الاجتماعي خبرا زائفا رقم %d يدعي '
  .. 'اختطاف أطفال قرب مؤسسة تعليمية بمدينة الدار البيضاء، والمرجو التحقق من صحته","postText":"عاجل: شاركوا '
  .. 'قبل الحذف، عصابة تختطف الأطفال أمام المدارس","links":["https://example.org/posts/%d"],'
  .. '"platform":"FACEBOOK","language":"ar"}'

local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("prefix", string.format("bench-%d-%d-", os.time(), threads))
end

request = function()
  counter = counter + 1
  local body = string.format(template, counter, counter)
  return wrk.format("POST", "/api/v1/reports", {
    ["Content-Type"] = "application/json",
    ["Accept-Language"] = "ar",
    ["Idempotency-Key"] = prefix .. counter,
  }, body)
end

