-- Live sync: Supabase Realtime pushes each change of user_integrations to the user's other
-- devices, which then pull incrementally (the pull cursor stays the single source of truth;
-- the pushed rows are only a trigger). Realtime sends changes only for tables in the
-- `supabase_realtime` publication, which every Supabase project has. Row-level security
-- decides who receives an INSERT or UPDATE; a DELETE carries the primary key only.
do $$
begin
    if not exists (
        select 1 from pg_publication_tables
        where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = 'user_integrations'
    ) then
        alter publication supabase_realtime add table public.user_integrations;
    end if;
end
$$;
