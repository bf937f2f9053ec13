-- Which analysis a report's search_text was made with (ReportSearch.VERSION). Reports stored before the text
-- engine's analysis was used are version 1; ReportSearchReindex indexes them again at start.
alter table reporting.report add column search_version smallint not null default 1;
