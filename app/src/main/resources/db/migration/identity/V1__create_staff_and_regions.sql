create schema if not exists identity;

create table identity.region (
    code        text primary key,
    name_ar     text not null,
    name_fr     text not null,
    parent_code text references identity.region (code),
    position    int not null
);

insert into identity.region (code, name_ar, name_fr, parent_code, position) values
    ('tanger-tetouan-al-hoceima', 'طنجة - تطوان - الحسيمة', 'Tanger-Tétouan-Al Hoceïma', null, 1),
    ('oriental', 'الشرق', 'L''Oriental', null, 2),
    ('fes-meknes', 'فاس - مكناس', 'Fès-Meknès', null, 3),
    ('rabat-sale-kenitra', 'الرباط - سلا - القنيطرة', 'Rabat-Salé-Kénitra', null, 4),
    ('beni-mellal-khenifra', 'بني ملال - خنيفرة', 'Béni Mellal-Khénifra', null, 5),
    ('casablanca-settat', 'الدار البيضاء - سطات', 'Casablanca-Settat', null, 6),
    ('marrakech-safi', 'مراكش - آسفي', 'Marrakech-Safi', null, 7),
    ('draa-tafilalet', 'درعة - تافيلالت', 'Drâa-Tafilalet', null, 8),
    ('souss-massa', 'سوس - ماسة', 'Souss-Massa', null, 9),
    ('guelmim-oued-noun', 'كلميم - واد نون', 'Guelmim-Oued Noun', null, 10),
    ('laayoune-sakia-el-hamra', 'العيون - الساقية الحمراء', 'Laâyoune-Sakia El Hamra', null, 11),
    ('dakhla-oued-ed-dahab', 'الداخلة - وادي الذهب', 'Dakhla-Oued Ed-Dahab', null, 12);

-- The security prefectures (ولايات الأمن) and a first set of provincial commands (الأمن الإقليمي).
insert into identity.region (code, name_ar, name_fr, parent_code, position) values
    ('prefecture-tanger', 'ولاية أمن طنجة', 'Préfecture de police de Tanger', 'tanger-tetouan-al-hoceima', 101),
    ('prefecture-tetouan', 'ولاية أمن تطوان', 'Préfecture de police de Tétouan', 'tanger-tetouan-al-hoceima', 102),
    ('province-al-hoceima', 'الأمن الإقليمي بالحسيمة', 'Sûreté provinciale d''Al Hoceïma', 'tanger-tetouan-al-hoceima', 103),
    ('prefecture-oujda', 'ولاية أمن وجدة', 'Préfecture de police d''Oujda', 'oriental', 201),
    ('province-nador', 'الأمن الإقليمي بالناظور', 'Sûreté provinciale de Nador', 'oriental', 202),
    ('prefecture-fes', 'ولاية أمن فاس', 'Préfecture de police de Fès', 'fes-meknes', 301),
    ('prefecture-meknes', 'ولاية أمن مكناس', 'Préfecture de police de Meknès', 'fes-meknes', 302),
    ('prefecture-rabat', 'ولاية أمن الرباط', 'Préfecture de police de Rabat', 'rabat-sale-kenitra', 401),
    ('province-sale', 'الأمن الإقليمي بسلا', 'Sûreté provinciale de Salé', 'rabat-sale-kenitra', 402),
    ('prefecture-kenitra', 'ولاية أمن القنيطرة', 'Préfecture de police de Kénitra', 'rabat-sale-kenitra', 403),
    ('prefecture-beni-mellal', 'ولاية أمن بني ملال', 'Préfecture de police de Béni Mellal', 'beni-mellal-khenifra', 501),
    ('province-khouribga', 'الأمن الإقليمي بخريبكة', 'Sûreté provinciale de Khouribga', 'beni-mellal-khenifra', 502),
    ('prefecture-casablanca', 'ولاية أمن الدار البيضاء', 'Préfecture de police de Casablanca', 'casablanca-settat', 601),
    ('province-el-jadida', 'الأمن الإقليمي بالجديدة', 'Sûreté provinciale d''El Jadida', 'casablanca-settat', 602),
    ('province-settat', 'الأمن الإقليمي بسطات', 'Sûreté provinciale de Settat', 'casablanca-settat', 603),
    ('prefecture-marrakech', 'ولاية أمن مراكش', 'Préfecture de police de Marrakech', 'marrakech-safi', 701),
    ('prefecture-safi', 'ولاية أمن آسفي', 'Préfecture de police de Safi', 'marrakech-safi', 702),
    ('prefecture-errachidia', 'ولاية أمن الرشيدية', 'Préfecture de police d''Errachidia', 'draa-tafilalet', 801),
    ('province-ouarzazate', 'الأمن الإقليمي بورزازات', 'Sûreté provinciale de Ouarzazate', 'draa-tafilalet', 802),
    ('prefecture-agadir', 'ولاية أمن أكادير', 'Préfecture de police d''Agadir', 'souss-massa', 901),
    ('province-tiznit', 'الأمن الإقليمي بتيزنيت', 'Sûreté provinciale de Tiznit', 'souss-massa', 902),
    ('province-guelmim', 'الأمن الإقليمي بكلميم', 'Sûreté provinciale de Guelmim', 'guelmim-oued-noun', 1001),
    ('prefecture-laayoune', 'ولاية أمن العيون', 'Préfecture de police de Laâyoune', 'laayoune-sakia-el-hamra', 1101),
    ('prefecture-dakhla', 'ولاية أمن الداخلة', 'Préfecture de police de Dakhla', 'dakhla-oued-ed-dahab', 1201);

create table identity.staff_member (
    id              uuid primary key,
    username        text not null unique,
    display_name    text not null,
    email           text,
    password_hash   text not null,
    region_code     text references identity.region (code),
    roles           text[] not null,
    enabled         boolean not null default true,
    failed_attempts int not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null,
    version         int not null default 0
);
