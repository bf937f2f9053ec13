create schema if not exists newsroom;

-- One row per publication (all its language versions). The aggregate's state lives here; every save also writes a
-- revision (below), so earlier versions are never lost.
create table newsroom.publication (
    id                 uuid primary key,
    type               text not null,
    state              text not null,
    region_code        text,
    tags               text[] not null default '{}',
    case_ids           uuid[] not null default '{}',
    group_ids          uuid[] not null default '{}',
    lead_image_sha256  text,
    claim_appearance   text,
    claim_verdict      text,
    media_outlet       text,
    air_date           date,
    created_by         text not null,
    created_at         timestamptz not null,
    last_editor        text not null,
    updated_at         timestamptz not null,
    submitted_by       text,
    approved_by        text,
    approved_at        timestamptz,
    published_by       text,
    scheduled_for      timestamptz,
    published_at       timestamptz,
    urgent             boolean not null default false,
    review_pending     boolean not null default false,
    reviewed_by        text,
    reviewed_at        timestamptz,
    withdrawn_at       timestamptz,
    withdrawal_reason  text,
    return_note        text,
    version            int not null default 0
);
create index publication_public_idx on newsroom.publication (state, published_at desc);
create index publication_scheduled_idx on newsroom.publication (scheduled_for) where state = 'SCHEDULED';

-- A language version: its own stable slug (unique per language), title, summary, sanitised body, image alt text,
-- and for a truth statement the claim as it spread and the evidence summary in that language.
create table newsroom.translation (
    publication_id   uuid not null references newsroom.publication (id),
    language         text not null,
    slug             text not null,
    title            text not null,
    summary          text not null default '',
    body_html        text not null default '',
    image_alt        text not null default '',
    claim_text       text not null default '',
    evidence         text not null default '',
    primary key (publication_id, language),
    unique (language, slug)
);

create table newsroom.revision (
    publication_id  uuid not null references newsroom.publication (id),
    number          int not null,
    editor          text not null,
    saved_at        timestamptz not null,
    state           text not null,
    snapshot        jsonb not null,
    primary key (publication_id, number)
);

-- Public, dated correction notes; the corrected revision number points at the version before the correction.
create table newsroom.correction (
    publication_id  uuid not null references newsroom.publication (id),
    number          int not null,
    corrected_at    timestamptz not null,
    corrected_by    text not null,
    note            text not null,
    revision_before int not null,
    primary key (publication_id, number)
);

create table newsroom.attachment (
    publication_id  uuid not null references newsroom.publication (id),
    sha256          text not null,
    file_name       text not null,
    content_type    text not null,
    size_bytes      bigint not null,
    primary key (publication_id, sha256)
);
