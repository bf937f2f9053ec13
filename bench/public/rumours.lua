-- wrk script: "Is it true?" queries, a different pasted rumour per request (GET form, no session needed).
local texts = {
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
local i = 0
request = function()
  i = i + 1
  local t = texts[(i % #texts) + 1]
  local encoded = string.gsub(t, "([^%w%-%.%_%~])", function(c) return string.format("%%%02X", string.byte(c)) end)
  return wrk.format("GET", "/is-it-true?text=" .. encoded)
end
