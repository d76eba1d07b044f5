-- ARIA Integrations: several connections per integration (a work and a personal Gmail).
--
-- Each row gets connection_key, its own key among the user's rows: the first connection of an
-- integration keeps the integration's id ('gmail'), later ones are 'gmail-2', 'gmail-3', ...
-- The key replaces unique (user_id, integration_type); desktop apps upsert with
-- on_conflict=user_id,connection_key.
--
-- Existing rows keep their meaning: connection_key = integration_type, written with the
-- timestamps untouched (no device needs to pull them again; upgraded devices give their local
-- rows the same key).
--
-- A device still on the old version upserts with on_conflict=user_id,integration_type. No
-- unique constraint matches those columns any more, so PostgreSQL refuses every such upsert
-- (42P10, HTTP 400) before it touches a row: the old device shows a sync error and changes
-- nothing here. See docs/SUPABASE_SETUP.md, "Several accounts per integration".

alter table public.user_integrations add column if not exists connection_key text;

-- Filling in the key is not a change any device made: keep updated_at and server_updated_at.
alter table public.user_integrations disable trigger user_integrations_before_write;
update public.user_integrations set connection_key = integration_type where connection_key is null;
alter table public.user_integrations enable trigger user_integrations_before_write;

alter table public.user_integrations alter column connection_key set not null;

-- The key names its own integration: 'gmail' or 'gmail-<n>' with n from 2 (no leading zero).
alter table public.user_integrations drop constraint if exists user_integrations_connection_key_check;
alter table public.user_integrations add constraint user_integrations_connection_key_check
    check (connection_key = integration_type
           or connection_key ~ ('^' || integration_type || '-([2-9]|[1-9][0-9]{1,3})$'));

alter table public.user_integrations drop constraint if exists user_integrations_user_id_integration_type_key;
alter table public.user_integrations drop constraint if exists user_integrations_user_id_connection_key_key;
alter table public.user_integrations add constraint user_integrations_user_id_connection_key_key
    unique (user_id, connection_key);

-- Lookups of one integration's connections (the old unique index served them).
create index if not exists user_integrations_user_integration
    on public.user_integrations (user_id, integration_type);

comment on column public.user_integrations.connection_key is
    'The connection''s key among the user''s rows: the integration id for the first connection, '
    'then <integration>-2, -3, ... Desktop apps upsert on (user_id, connection_key).';

-- A row inserted without a key (SQL editor, dashboard) is its integration's first connection.
create or replace function public.user_integrations_default_key()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
    if new.connection_key is null then
        new.connection_key := new.integration_type;
    end if;
    return new;
end;
$$;

drop trigger if exists user_integrations_default_key on public.user_integrations;
create trigger user_integrations_default_key
    before insert on public.user_integrations
    for each row execute function public.user_integrations_default_key();

-- Row-level security is unchanged: the four policies key on user_id only, so each user still
-- sees and changes only their own rows, whatever their connection keys.
