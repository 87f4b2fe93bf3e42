-- Wakes the outbox relay of whichever instance leads, whichever instance wrote: every statement that inserts outbox
-- rows notifies the channel. PostgreSQL delivers the notification when the transaction commits, and only if it
-- commits; several in one transaction arrive as one. OutboxNotifications listens; the relay's poll stays the fallback.
create function outbox_event_written() returns trigger language plpgsql as $$
begin
    perform pg_notify('rasmi_outbox', '');
    return null;
end
$$;

create trigger outbox_event_written after insert on outbox_event
    for each statement execute function outbox_event_written();
