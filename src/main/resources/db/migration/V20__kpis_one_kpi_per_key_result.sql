-- A key result is handed over to at most one KPI: two people converting it at the same moment cannot both
-- succeed. Key results never converted keep null, which a unique index allows any number of times.
create unique index kpi_origin_key_result_unique on kpi (origin_key_result_id);
