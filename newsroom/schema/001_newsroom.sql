-- Paiban's newsroom, version 1: the story pool (稿库), editions and their pages with
-- version history, the roles of a newsroom and what each may do.
--
-- Applied by `paiban newsroom init` (or on connect by a role that may), inside one
-- transaction with schema_version; never edited once released: a change is a new file.
-- Messages raised here carry a SQLSTATE of class PB, which the program words in the
-- user's language (newsroom/newsroom_error.cpp); the English text is for psql.

CREATE SCHEMA paiban;
REVOKE ALL ON SCHEMA paiban FROM PUBLIC;

-- Which of these files the database has had (the program inserts each one's number).
CREATE TABLE paiban.schema_version (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    applied_by name NOT NULL DEFAULT current_user
);

-- The newsroom's group roles. Roles belong to the whole server, so another database's
-- newsroom may have made them already. People log in as their own roles, members of one
-- or more of these (`paiban newsroom add-user`).
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['paiban_reporter', 'paiban_desk', 'paiban_layout',
                             'paiban_proofreader', 'paiban_chief'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$$;

GRANT USAGE ON SCHEMA paiban TO paiban_reporter, paiban_desk, paiban_layout,
    paiban_proofreader, paiban_chief;

-- Whether the current user acts in a newsroom role (directly or through membership).
CREATE FUNCTION paiban.acts_as(role_name text) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, role_name, 'MEMBER')
$$;

-- ---------------------------------------------------------------------------------------
-- The story pool

-- 采写 (being written), 编辑 (with the desk), 校对 (being proofread), 签发 (approved).
CREATE TYPE paiban.story_status AS ENUM ('reporting', 'editing', 'proofing', 'approved');

CREATE TABLE paiban.stories (
    id bigserial PRIMARY KEY,
    slug text NOT NULL UNIQUE CHECK (slug <> ''),
    section text NOT NULL DEFAULT '',
    kicker text NOT NULL DEFAULT '',      -- 引题
    headline text NOT NULL DEFAULT '',    -- 主题
    subhead text NOT NULL DEFAULT '',     -- 副题
    byline text NOT NULL DEFAULT '',
    paragraphs text[] NOT NULL DEFAULT '{}',
    status paiban.story_status NOT NULL DEFAULT 'reporting',
    author name NOT NULL DEFAULT current_user,
    revision integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_by name NOT NULL DEFAULT current_user
);

-- Every revision a story had, the current one included.
CREATE TABLE paiban.story_revisions (
    story_id bigint NOT NULL REFERENCES paiban.stories ON DELETE CASCADE,
    revision integer NOT NULL,
    kicker text NOT NULL,
    headline text NOT NULL,
    subhead text NOT NULL,
    byline text NOT NULL,
    paragraphs text[] NOT NULL,
    status paiban.story_status NOT NULL,
    written_by name NOT NULL,
    written_at timestamptz NOT NULL,
    PRIMARY KEY (story_id, revision)
);

-- A save refused because someone wrote a newer revision first: the text that was being
-- saved, kept beside the revision it was based on and the one it ran into, until the
-- editor merges the two and marks it resolved.
CREATE TABLE paiban.story_conflicts (
    id bigserial PRIMARY KEY,
    story_id bigint NOT NULL REFERENCES paiban.stories ON DELETE CASCADE,
    based_on integer NOT NULL,
    ran_into integer NOT NULL,
    kicker text NOT NULL,
    headline text NOT NULL,
    subhead text NOT NULL,
    byline text NOT NULL,
    paragraphs text[] NOT NULL,
    written_by name NOT NULL DEFAULT current_user,
    written_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    resolved boolean NOT NULL DEFAULT false
);
CREATE INDEX story_conflicts_open ON paiban.story_conflicts (story_id) WHERE NOT resolved;

-- Who may move a story from one status to another. The chief editor may make any move.
CREATE TABLE paiban.story_moves (
    role_name text NOT NULL,
    from_status paiban.story_status NOT NULL,
    to_status paiban.story_status NOT NULL,
    PRIMARY KEY (role_name, from_status, to_status)
);
INSERT INTO paiban.story_moves VALUES
    ('paiban_reporter', 'reporting', 'editing'),      -- filed
    ('paiban_desk', 'editing', 'reporting'),          -- back to the reporter
    ('paiban_desk', 'editing', 'proofing'),
    ('paiban_desk', 'proofing', 'editing'),
    ('paiban_proofreader', 'proofing', 'editing');    -- back to the desk

-- Revision, times and who wrote it are the database's to set; the status may move only
-- as story_moves allows; an approved story is changed by the chief editor alone.
CREATE FUNCTION paiban.story_before_write() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.revision := 1;
        NEW.created_at := clock_timestamp();
        NEW.author := current_user;
        IF NEW.status <> 'reporting' AND NOT paiban.acts_as('paiban_desk')
           AND NOT paiban.acts_as('paiban_chief') THEN
            NEW.status := 'reporting';
        END IF;
    ELSE
        IF OLD.status = 'approved' AND NOT paiban.acts_as('paiban_chief') THEN
            RAISE EXCEPTION 'story % is approved (签发); only the chief editor may change it', OLD.slug
                USING ERRCODE = 'PB001', DETAIL = OLD.slug;
        END IF;
        IF NEW.status <> OLD.status AND NOT paiban.acts_as('paiban_chief')
           AND NOT EXISTS (SELECT FROM paiban.story_moves m
                           WHERE m.from_status = OLD.status AND m.to_status = NEW.status
                             AND paiban.acts_as(m.role_name)) THEN
            RAISE EXCEPTION 'you may not move story % from % to %', OLD.slug, OLD.status, NEW.status
                USING ERRCODE = 'PB002', DETAIL = OLD.slug || '|' || OLD.status || '|' || NEW.status;
        END IF;
        NEW.id := OLD.id;
        NEW.author := OLD.author;
        NEW.created_at := OLD.created_at;
        NEW.revision := OLD.revision + 1;
    END IF;
    NEW.updated_at := clock_timestamp();
    NEW.updated_by := current_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER story_before_write BEFORE INSERT OR UPDATE ON paiban.stories
    FOR EACH ROW EXECUTE FUNCTION paiban.story_before_write();

-- Each revision kept, and every client that shows the story told (LISTEN paiban_story)
-- when the transaction commits: {"id":…,"revision":…,"by":…}.
CREATE FUNCTION paiban.story_after_write() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, paiban AS $$
BEGIN
    INSERT INTO paiban.story_revisions
        VALUES (NEW.id, NEW.revision, NEW.kicker, NEW.headline, NEW.subhead, NEW.byline,
                NEW.paragraphs, NEW.status, NEW.updated_by, NEW.updated_at);
    PERFORM pg_notify('paiban_story', json_build_object(
        'id', NEW.id, 'revision', NEW.revision, 'by', NEW.updated_by)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER story_after_write AFTER INSERT OR UPDATE ON paiban.stories
    FOR EACH ROW EXECUTE FUNCTION paiban.story_after_write();

-- Saves a story's text over the revision the writer started from. When someone wrote a
-- newer revision meanwhile nothing is overwritten: the text is kept in story_conflicts
-- and the answer says so. Returns (outcome 'saved' | 'conflict', the story's revision
-- now, the conflict's id).
CREATE FUNCTION paiban.save_story(story bigint, based_on integer, new_kicker text,
                                  new_headline text, new_subhead text, new_byline text,
                                  new_paragraphs text[],
                                  OUT outcome text, OUT revision integer, OUT conflict bigint)
    LANGUAGE plpgsql AS $$
DECLARE
    current_revision integer;
    story_slug text;
BEGIN
    UPDATE paiban.stories s
       SET kicker = new_kicker, headline = new_headline, subhead = new_subhead,
           byline = new_byline, paragraphs = new_paragraphs
     WHERE s.id = story AND s.revision = based_on
    RETURNING s.revision INTO revision;
    IF FOUND THEN
        outcome := 'saved';
        RETURN;
    END IF;
    SELECT s.revision, s.slug INTO current_revision, story_slug
      FROM paiban.stories s WHERE s.id = story;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no story %, or you may not change it', story
            USING ERRCODE = 'PB003', DETAIL = story::text;
    END IF;
    IF current_revision = based_on THEN
        -- Visible but not ours to change (row-level security filtered the update).
        RAISE EXCEPTION 'you may not change story %', story_slug
            USING ERRCODE = 'PB004', DETAIL = story_slug;
    END IF;
    INSERT INTO paiban.story_conflicts (story_id, based_on, ran_into, kicker, headline,
                                        subhead, byline, paragraphs)
        VALUES (story, based_on, current_revision, new_kicker, new_headline, new_subhead,
                new_byline, new_paragraphs)
    RETURNING id INTO conflict;
    outcome := 'conflict';
    revision := current_revision;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Editions and their pages

-- 排版 (being laid out), 校对 (with the proofreaders), 签发 (signed off for the press).
CREATE TYPE paiban.page_status AS ENUM ('layout', 'proofing', 'signed');

CREATE TABLE paiban.editions (
    id bigserial PRIMARY KEY,
    date date NOT NULL,
    title text NOT NULL CHECK (title <> ''),
    UNIQUE (date, title)
);

-- A page is a Paiban document (the .paiban JSON) of its own.
CREATE TABLE paiban.pages (
    id bigserial PRIMARY KEY,
    edition_id bigint NOT NULL REFERENCES paiban.editions ON DELETE CASCADE,
    number integer NOT NULL CHECK (number > 0),
    name text NOT NULL DEFAULT '',
    status paiban.page_status NOT NULL DEFAULT 'layout',
    document text NOT NULL CHECK ((document::json) IS NOT NULL),  -- JSON, or refused
    version integer NOT NULL DEFAULT 1,
    saved_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    saved_by name NOT NULL DEFAULT current_user,
    UNIQUE (edition_id, number)
);

CREATE TABLE paiban.page_versions (
    page_id bigint NOT NULL REFERENCES paiban.pages ON DELETE CASCADE,
    version integer NOT NULL,
    document text NOT NULL,
    saved_by name NOT NULL,
    saved_at timestamptz NOT NULL,
    PRIMARY KEY (page_id, version)
);

CREATE TABLE paiban.page_moves (
    role_name text NOT NULL,
    from_status paiban.page_status NOT NULL,
    to_status paiban.page_status NOT NULL,
    PRIMARY KEY (role_name, from_status, to_status)
);
INSERT INTO paiban.page_moves VALUES
    ('paiban_layout', 'layout', 'proofing'),          -- to the proofreaders
    ('paiban_layout', 'proofing', 'layout'),
    ('paiban_proofreader', 'proofing', 'layout');     -- back with corrections
-- Signing off (签发), and taking a signature back, is the chief editor's alone.

CREATE FUNCTION paiban.page_before_write() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
        NEW.status := 'layout';
    ELSE
        -- Signed off, a page changes in nothing but its status (the chief editor taking
        -- the signature back): not its document, name, number or edition.
        IF OLD.status = 'signed' AND (NEW.document IS DISTINCT FROM OLD.document
                                      OR NEW.name IS DISTINCT FROM OLD.name
                                      OR NEW.number IS DISTINCT FROM OLD.number
                                      OR NEW.edition_id IS DISTINCT FROM OLD.edition_id) THEN
            RAISE EXCEPTION 'page % is signed off (签发); nobody may change it', OLD.number
                USING ERRCODE = 'PB011', DETAIL = OLD.number::text;
        END IF;
        IF NEW.status <> OLD.status AND NOT paiban.acts_as('paiban_chief')
           AND NOT EXISTS (SELECT FROM paiban.page_moves m
                           WHERE m.from_status = OLD.status AND m.to_status = NEW.status
                             AND paiban.acts_as(m.role_name)) THEN
            RAISE EXCEPTION 'you may not move page % from % to %', OLD.number, OLD.status, NEW.status
                USING ERRCODE = 'PB012', DETAIL = OLD.number::text || '|' || OLD.status || '|' || NEW.status;
        END IF;
        NEW.id := OLD.id;
        NEW.edition_id := OLD.edition_id;
        IF NEW.document IS DISTINCT FROM OLD.document THEN
            NEW.version := OLD.version + 1;
        ELSE
            NEW.version := OLD.version;
        END IF;
    END IF;
    NEW.saved_at := clock_timestamp();
    NEW.saved_by := current_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER page_before_write BEFORE INSERT OR UPDATE ON paiban.pages
    FOR EACH ROW EXECUTE FUNCTION paiban.page_before_write();

-- Nor is a signed-off page deleted, or its edition renamed, moved to another date or
-- deleted under it.
CREATE FUNCTION paiban.page_before_delete() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'signed' THEN
        RAISE EXCEPTION 'page % is signed off (签发); nobody may change it', OLD.number
            USING ERRCODE = 'PB011', DETAIL = OLD.number::text;
    END IF;
    RETURN OLD;
END
$$;
CREATE TRIGGER page_before_delete BEFORE DELETE ON paiban.pages
    FOR EACH ROW EXECUTE FUNCTION paiban.page_before_delete();

CREATE FUNCTION paiban.edition_before_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    signed_page integer;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.date = OLD.date AND NEW.title = OLD.title THEN
        RETURN NEW;
    END IF;
    SELECT number INTO signed_page FROM paiban.pages
     WHERE edition_id = OLD.id AND status = 'signed' ORDER BY number LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'page % of this edition is signed off (签发); the edition stays as it is',
            signed_page USING ERRCODE = 'PB015', DETAIL = signed_page::text;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER edition_before_change BEFORE UPDATE OR DELETE ON paiban.editions
    FOR EACH ROW EXECUTE FUNCTION paiban.edition_before_change();

CREATE FUNCTION paiban.page_after_write() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, paiban AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.version <> OLD.version THEN
        INSERT INTO paiban.page_versions
            VALUES (NEW.id, NEW.version, NEW.document, NEW.saved_by, NEW.saved_at);
    END IF;
    PERFORM pg_notify('paiban_page', json_build_object(
        'id', NEW.id, 'version', NEW.version, 'status', NEW.status, 'by', NEW.saved_by)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER page_after_write AFTER INSERT OR UPDATE ON paiban.pages
    FOR EACH ROW EXECUTE FUNCTION paiban.page_after_write();

-- Saves a page's document over the version the editor opened. A newer version saved
-- meanwhile (which the page lock should have prevented) refuses the save.
CREATE FUNCTION paiban.save_page(page bigint, based_on integer, new_document text,
                                 OUT outcome text, OUT version integer)
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE paiban.pages p SET document = new_document
     WHERE p.id = page AND p.version = based_on
    RETURNING p.version INTO version;
    IF FOUND THEN
        outcome := 'saved';
        RETURN;
    END IF;
    SELECT p.version INTO version FROM paiban.pages p WHERE p.id = page;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no page %, or you may not change it', page
            USING ERRCODE = 'PB013', DETAIL = page::text;
    END IF;
    IF version = based_on THEN
        RAISE EXCEPTION 'you may not change page %', page
            USING ERRCODE = 'PB014', DETAIL = page::text;
    END IF;
    outcome := 'newer';
END
$$;

-- Who holds a page open for editing: the session holding its advisory lock
-- (classid 0x70616962, 'paib'; objid the page id), with the name it gave
-- (application_name). pg_stat_activity hides other roles' sessions' details from
-- ordinary users, so this looks as its owner.
CREATE FUNCTION paiban.page_holder(page_id bigint, OUT holder name, OUT application text,
                                   OUT since timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
    SELECT a.usename, a.application_name, a.backend_start
      FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted
       AND l.classid = 1885432162 AND l.objid = page_id::oid AND l.objsubid = 2
     LIMIT 1
$$;

-- ---------------------------------------------------------------------------------------
-- Who may do what. Row-level security says which rows; the triggers above say which
-- moves of status; the grants say which tables.

ALTER TABLE paiban.stories ENABLE ROW LEVEL SECURITY;
ALTER TABLE paiban.story_revisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE paiban.story_conflicts ENABLE ROW LEVEL SECURITY;
ALTER TABLE paiban.editions ENABLE ROW LEVEL SECURITY;
ALTER TABLE paiban.pages ENABLE ROW LEVEL SECURITY;
ALTER TABLE paiban.page_versions ENABLE ROW LEVEL SECURITY;

-- Everyone in the newsroom reads everything.
CREATE POLICY read_all ON paiban.stories FOR SELECT USING (true);
CREATE POLICY read_all ON paiban.story_revisions FOR SELECT USING (true);
CREATE POLICY read_all ON paiban.story_conflicts FOR SELECT USING (true);
CREATE POLICY read_all ON paiban.editions FOR SELECT USING (true);
CREATE POLICY read_all ON paiban.pages FOR SELECT USING (true);
CREATE POLICY read_all ON paiban.page_versions FOR SELECT USING (true);

-- Reporters file stories and change their own while they are still being written.
CREATE POLICY reporter_files ON paiban.stories FOR INSERT TO paiban_reporter WITH CHECK (true);
CREATE POLICY reporter_writes ON paiban.stories FOR UPDATE TO paiban_reporter
    USING (author = current_user AND status = 'reporting')
    WITH CHECK (author = current_user AND status IN ('reporting', 'editing'));
-- The desk files and edits any story; layout and proofreaders correct text on the page
-- and in proof (their moves of status are story_moves'); approval is the chief's.
CREATE POLICY desk_writes ON paiban.stories FOR ALL TO paiban_desk USING (true) WITH CHECK (true);
CREATE POLICY layout_writes ON paiban.stories FOR UPDATE TO paiban_layout, paiban_proofreader
    USING (true) WITH CHECK (true);
CREATE POLICY chief_writes ON paiban.stories FOR ALL TO paiban_chief USING (true) WITH CHECK (true);

CREATE POLICY conflicts_kept ON paiban.story_conflicts FOR INSERT
    TO paiban_reporter, paiban_desk, paiban_layout, paiban_proofreader, paiban_chief
    WITH CHECK (written_by = current_user);
CREATE POLICY conflicts_merged ON paiban.story_conflicts FOR UPDATE
    TO paiban_desk, paiban_layout, paiban_chief USING (true) WITH CHECK (true);

-- Layout editors make editions and pages and lay them out; the chief editor too.
CREATE POLICY layout_editions ON paiban.editions FOR ALL TO paiban_layout, paiban_chief
    USING (true) WITH CHECK (true);
CREATE POLICY layout_pages ON paiban.pages FOR ALL TO paiban_layout, paiban_chief
    USING (true) WITH CHECK (true);
-- Proofreaders change a page's status only (the column grant below), as page_moves allows.
CREATE POLICY proofreader_pages ON paiban.pages FOR UPDATE TO paiban_proofreader
    USING (status = 'proofing') WITH CHECK (true);

GRANT SELECT ON ALL TABLES IN SCHEMA paiban TO paiban_reporter, paiban_desk, paiban_layout,
    paiban_proofreader, paiban_chief;
GRANT INSERT, UPDATE ON paiban.stories TO paiban_reporter, paiban_desk, paiban_chief;
GRANT UPDATE (kicker, headline, subhead, byline, paragraphs, status) ON paiban.stories
    TO paiban_layout, paiban_proofreader;
GRANT DELETE ON paiban.stories TO paiban_desk, paiban_chief;
GRANT INSERT ON paiban.story_conflicts TO paiban_reporter, paiban_desk, paiban_layout,
    paiban_proofreader, paiban_chief;
GRANT UPDATE (resolved) ON paiban.story_conflicts TO paiban_desk, paiban_layout, paiban_chief;
GRANT INSERT, UPDATE, DELETE ON paiban.editions, paiban.pages TO paiban_layout, paiban_chief;
GRANT UPDATE (status) ON paiban.pages TO paiban_proofreader;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA paiban TO paiban_reporter, paiban_desk, paiban_layout,
    paiban_proofreader, paiban_chief;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA paiban TO paiban_reporter, paiban_desk,
    paiban_layout, paiban_proofreader, paiban_chief;
