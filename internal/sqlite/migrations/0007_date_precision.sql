-- How much of an event's date the text gave (news.Event.DatePrecision):
-- "day", or "month", "year" or "decade" when date is only the first day of
-- the period the text named ("in 2020"). Events stored before precision
-- was recorded were all dated to the day; an undated event has none.
ALTER TABLE events ADD COLUMN date_precision TEXT NOT NULL DEFAULT 'day';
UPDATE events SET date_precision = '' WHERE date IS NULL;
