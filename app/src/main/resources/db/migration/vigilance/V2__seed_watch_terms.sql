-- A first watch list, so the flagger works on day one. Supervisors edit it on /staff/vigilance/watch-list; these
-- rows are ordinary data (updated_by = 'seed').
insert into vigilance.watch_term (id, term, language, region_code, category, reason, active, updated_by, updated_at) values
    (gen_random_uuid(), 'ذبح', 'ar', null, 'VIOLENT_CONTENT', 'مشاهد ذبح أو قتل — scènes d''égorgement ou de meurtre', true, 'seed', now()),
    (gen_random_uuid(), 'سلاح أبيض', 'ar', null, 'VIOLENT_CONTENT', 'اعتداء بالسلاح الأبيض — agression à l''arme blanche', true, 'seed', now()),
    (gen_random_uuid(), 'تهديد بالقتل', 'ar', null, 'THREATS', 'تهديد صريح بالقتل — menace de mort explicite', true, 'seed', now()),
    (gen_random_uuid(), 'تفجير', 'ar', null, 'TERRORISM', 'دعوة أو إشادة بتفجير — appel ou apologie d''attentat', true, 'seed', now()),
    (gen_random_uuid(), 'تشرميل', 'ary', null, 'VIOLENT_CONTENT', 'استعراض عصابات بالأسلحة البيضاء (التشرميل) — exhibition de gangs armés', true, 'seed', now()),
    (gen_random_uuid(), 'كريساج', 'ary', null, 'VIOLENT_CONTENT', 'سرقة بالعنف في الشارع — vol avec violence sur la voie publique', true, 'seed', now()),
    (gen_random_uuid(), 'خطف الدراري', 'ary', null, 'RUMOUR', 'إشاعة متكررة عن خطف الأطفال — rumeur récurrente d''enlèvements d''enfants', true, 'seed', now()),
    (gen_random_uuid(), 'tcharmil', 'ary-Latn', null, 'VIOLENT_CONTENT', 'التشرميل بالعربيزي — tcharmil en arabizi', true, 'seed', now()),
    (gen_random_uuid(), 'krisaj', 'ary-Latn', null, 'VIOLENT_CONTENT', 'الكريساج بالعربيزي — agression en arabizi', true, 'seed', now()),
    (gen_random_uuid(), 'égorgé', 'fr', null, 'VIOLENT_CONTENT', 'مشاهد ذبح — scènes d''égorgement', true, 'seed', now()),
    (gen_random_uuid(), 'arme blanche', 'fr', null, 'VIOLENT_CONTENT', 'السلاح الأبيض — arme blanche', true, 'seed', now()),
    (gen_random_uuid(), 'enlèvement d''enfants', 'fr', null, 'RUMOUR', 'إشاعة خطف الأطفال — rumeur d''enlèvements d''enfants', true, 'seed', now()),
    (gen_random_uuid(), 'خطف الأطفال', 'ar', null, 'RUMOUR', 'إشاعة متكررة عن خطف الأطفال — rumeur récurrente d''enlèvements d''enfants', true, 'seed', now()),
    (gen_random_uuid(), 'انشروا قبل الحذف', 'ar', null, 'RUMOUR', 'صيغة نمطية لنشر الإشاعات — formule typique de rumeur', true, 'seed', now()),
    (gen_random_uuid(), 'partagez avant suppression', 'fr', null, 'RUMOUR', 'صيغة نمطية لنشر الإشاعات — formule typique de rumeur', true, 'seed', now());
