create schema if not exists channels;

-- An official account on one network. Tokens are AES-GCM ciphertexts (nonce || ciphertext+tag) under the key
-- from tawasul.channels.token-key; the plain tokens never touch the database.
create table channels.account (
    id               uuid primary key,
    network          text not null check (network in ('X', 'FACEBOOK', 'INSTAGRAM')),
    handle           text not null,
    external_id      text not null,
    language         text not null default 'ar',
    access_token     bytea not null,
    refresh_token    bytea,
    token_expires_at timestamptz,
    connected        boolean not null default true,
    connected_at     timestamptz not null,
    connected_by     text not null,
    disconnected_at  timestamptz
);
create unique index account_one_connected_per_external_id on channels.account (network, external_id) where connected;

-- One delivery = one publication (or its correction / withdrawal) to one account. The idempotency key is embedded
-- in the posted link (?d=…) so an ambiguous attempt can be reconciled by looking the post up on the network.
create table channels.delivery (
    id                 uuid primary key,
    publication_id     uuid not null,
    account_id         uuid not null references channels.account (id),
    network            text not null,
    kind               text not null check (kind in ('POST', 'CORRECTION', 'WITHDRAWAL')),
    revision           int not null default 0,
    language           text not null,
    idempotency_key    text not null unique,
    state              text not null check (state in ('PENDING', 'POSTED', 'FAILED', 'GAVE_UP')),
    attempts           int not null default 0,
    next_attempt_at    timestamptz,
    attempt_started_at timestamptz,
    remote_id          text,
    remote_parts       text[] not null default '{}',
    link               text,
    failure_key        text,
    failure_detail     text,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    unique (publication_id, account_id, kind, revision)
);
create index delivery_due on channels.delivery (next_attempt_at) where state in ('PENDING', 'FAILED');
create index delivery_by_publication on channels.delivery (publication_id);

-- Followers per network and day. source API = our daily snapshot; PUBLISHED = a figure from the service's
-- published annual review (imported from published-annual-figures.csv), network ALL = the published total.
create table channels.audience_snapshot (
    network   text not null check (network in ('X', 'FACEBOOK', 'INSTAGRAM', 'ALL')),
    taken_on  date not null,
    source    text not null check (source in ('API', 'PUBLISHED')),
    followers bigint not null check (followers >= 0),
    note      text,
    primary key (network, taken_on, source)
);

-- Engagement of one delivered post, as the network reports it on the snapshot day.
create table channels.post_engagement (
    delivery_id uuid not null references channels.delivery (id),
    taken_on    date not null,
    likes       bigint,
    shares      bigint,
    replies     bigint,
    impressions bigint,
    primary key (delivery_id, taken_on)
);
