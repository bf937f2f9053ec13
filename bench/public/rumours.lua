-- wrk script: "Is it true?" queries (GET form, no session needed).
--   RUMOURS=varied (default): every request is a new text — 6 to 20 words drawn at random from ~200 Arabic, French,
--     Darija and Arabizi words, one request in four built around a fragment of a known rumour — so an answer cache
--     cannot serve it: this line measures the matcher and the page.
--   RUMOURS=viral: the 10 known rumours in rotation, as when one viral text is pasted again and again (the
--     answer cache's case).
-- Each wrk thread draws from its own random sequence, so the threads do not repeat each other's texts.
local rumours = {
  "عاجل شاحنة بيضاء تختطف الأطفال أمام مدرسة ابتدائية بالدار البيضاء شاركوا",
  "فيديو اعتداء عنيف في الشارع بمدينة فاس الأسبوع الماضي",
  "صفحة تعلن عن مباراة لولوج سلك الشرطة مقابل أداء مبلغ مالي",
  "une camionnette blanche enlève des enfants devant une école primaire",
  "concours de police payant annoncé sur facebook inscription",
  "مياه الشرب ملوثة في الحي لا تشربوا من الصنبور",
  "الشرطة توقف جميع السيارات في الطريق السيار غدا",
  "سرقة الهواتف في الترامواي بالرباط عصابة خطيرة",
  "3ssaba kat5taf drari 9dam lmadrasa f casa",
  "vidéo d'agression filmée à Fès la semaine dernière",
}

local words = {
  -- Arabic (news and rumour vocabulary)
  "عاجل", "شاحنة", "بيضاء", "تختطف", "الأطفال", "أمام", "مدرسة", "ابتدائية", "بالدار", "البيضاء", "شاركوا",
  "فيديو", "اعتداء", "عنيف", "الشارع", "بمدينة", "فاس", "الأسبوع", "الماضي", "صفحة", "تعلن", "مباراة", "لولوج",
  "سلك", "الشرطة", "مقابل", "أداء", "مبلغ", "مالي", "مياه", "الشرب", "ملوثة", "الحي", "تشربوا", "الصنبور", "توقف",
  "جميع", "السيارات", "الطريق", "السيار", "غدا", "سرقة", "الهواتف", "الترامواي", "بالرباط", "عصابة", "خطيرة",
  "إشاعة", "كاذبة", "بلاغ", "المديرية", "العامة", "للأمن", "الوطني", "طنجة", "مراكش", "أكادير", "وجدة", "مكناس",
  "القنيطرة", "سلا", "تطوان", "اختطاف", "طفلة", "قاصر", "سكين", "هجوم", "مخدرات", "حبوب", "مهلوسة", "سيارة",
  "دراجة", "نارية", "حادثة", "سير", "حريق", "سوق", "أسبوعي", "الدرك", "توقيف", "مشتبه", "فيه", "تحقيق", "النيابة",
  "العامة", "ضحية", "نصب", "احتيال", "الأنترنت", "واتساب", "فيسبوك", "تيك", "توك", "الامتحانات", "الباكالوريا",
  "تسريب", "أسئلة", "لقاح", "مستشفى", "وفاة", "زلزال", "فيضانات", "انقطاع", "الكهرباء", "الماء", "أسعار", "الخبز",
  "حصيلة", "الأمنية", "الإحساس", "بالأمن", "الوشايات", "ربورتاجا", "مواطن", "مواطنة", "الحسابات", "الرسمية",
  "صورة", "الأشرطة", "دائرة", "منطقة", "الولاية", "والعنف", "الإرهاب", "العمليات", "خدمة", "حقيقي",
  -- Darija
  "واش", "بصح", "شفتو", "هادشي", "دراري", "كيختطفو", "بزاف", "ديال", "الحومة", "كاين", "شي", "واحد", "راه",
  "كيسرقو", "فالطوبيس", "دابا", "غدوة", "ماشي", "عندكم", "خبرو", "ولادكم", "المدارس",
  -- French
  "urgent", "enlèvement", "enfants", "école", "police", "vidéo", "agression", "rumeur", "fausse", "information",
  "voiture", "blanche", "quartier", "vol", "téléphones", "tramway", "Rabat", "Casablanca", "Marrakech", "Tanger",
  "concours", "payant", "inscription", "eau", "polluée", "robinet", "autoroute", "fermée", "demain", "attention",
  "partagez", "gang", "dangereux", "arrestation", "sûreté", "nationale", "communiqué", "démenti",
  -- Arabizi
  "3ajil", "wach", "b9a", "drari", "kayt5tfo", "lmadrasa", "chofo", "had", "lfidyo", "3ssaba", "kaysr9o",
  "tramway", "lbolis", "ghda", "tkhtaf", "bnat", "l7ouma", "casa", "fes", "rbat", "sbitar", "lma", "m3a",
}

local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_number", counter)
end

local mode = os.getenv("RUMOURS") or "varied"
local i = 0

function init(args)
  math.randomseed(os.time() * 1000 + (thread_number or 0) * 7919)
end

local function encode(text)
  return (string.gsub(text, "([^%w%-%.%_%~])", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function varied()
  local parts = {}
  if math.random(4) == 1 then
    parts[1] = rumours[math.random(#rumours)]
  end
  for _ = 1, math.random(6, 20) do
    parts[#parts + 1] = words[math.random(#words)]
  end
  return table.concat(parts, " ")
end

-- PACE_MS=n: each connection waits n ms before each request (an offered rate below saturation, for latency)
local pace = tonumber(os.getenv("PACE_MS") or "0")
if pace > 0 then
  delay = function() return pace end
end

request = function()
  local text
  if mode == "viral" then
    i = i + 1
    text = rumours[(i % #rumours) + 1]
  else
    text = varied()
  end
  return wrk.format("GET", "/is-it-true?text=" .. encode(text))
end
