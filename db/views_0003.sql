-- Views created by migration 0003. Their names and columns are public API.
-- Scoring rules match claims/report.py: a forecast is scored when its resolve_by is before
-- today and its latest verdict is true or false. A hit leaned the right way (implied
-- probability of at least 0.5 and true, or below 0.5 and false, no probability counting as 1).
-- brier is the mean of (p - outcome) squared over scored forecasts with an implied probability.

-- forecast_scores_by_source: track record per source (attributed_to, or '(unattributed)').
CREATE VIEW forecast_scores_by_source AS
SELECT coalesce(c.attributed_to, '(unattributed)') AS source,
       count(*) AS n_scored,
       count(*) FILTER (WHERE (coalesce(f.implied_probability, 1) >= 0.5) = (lo.verdict = 'true')) AS hits,
       hits / count(*) AS hit_rate,
       avg(power(f.implied_probability - CASE WHEN lo.verdict = 'true' THEN 1 ELSE 0 END, 2)) AS brier
FROM forecasts f
JOIN claims c USING (claim_id)
JOIN latest_outcomes lo ON lo.claim_id = f.claim_id
WHERE f.resolve_by < current_date AND lo.verdict IN ('true', 'false')
GROUP BY ALL
ORDER BY n_scored DESC, source;

-- forecast_scores_by_outlet: track record per outlet (or '(no outlet)').
CREATE VIEW forecast_scores_by_outlet AS
SELECT coalesce(a.outlet, '(no outlet)') AS outlet,
       count(*) AS n_scored,
       count(*) FILTER (WHERE (coalesce(f.implied_probability, 1) >= 0.5) = (lo.verdict = 'true')) AS hits,
       hits / count(*) AS hit_rate,
       avg(power(f.implied_probability - CASE WHEN lo.verdict = 'true' THEN 1 ELSE 0 END, 2)) AS brier
FROM forecasts f
JOIN claims c USING (claim_id)
JOIN articles a USING (article_id)
JOIN latest_outcomes lo ON lo.claim_id = f.claim_id
WHERE f.resolve_by < current_date AND lo.verdict IN ('true', 'false')
GROUP BY ALL
ORDER BY n_scored DESC, outlet;

-- forecasts_overdue: open forecasts past their resolve_by. Those nobody has looked at
-- (no outcome, no forecast change) come first, then the most overdue.
CREATE VIEW forecasts_overdue AS
SELECT f.claim_id, c.text, c.attributed_to, a.outlet, a.title, f.horizon_text, f.resolve_by,
       f.next_review_at, f.implied_probability, f.resolution_criteria,
       (current_date - f.resolve_by) AS days_overdue,
       (EXISTS (SELECT 1 FROM outcomes o WHERE o.claim_id = f.claim_id)
        OR EXISTS (SELECT 1 FROM forecast_changes x WHERE x.claim_id = f.claim_id)) AS looked_at
FROM forecasts f
JOIN claims c USING (claim_id)
JOIN articles a USING (article_id)
WHERE f.status = 'open' AND f.resolve_by < current_date
ORDER BY looked_at, days_overdue DESC, f.claim_id;
