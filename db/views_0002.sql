-- Views created by migration 0002. Their names and columns are public API.

-- latest_outcomes: the verdict that counts for each claim (outcomes are append-only, the newest wins).
CREATE VIEW latest_outcomes AS
SELECT * EXCLUDE (rn) FROM (
    SELECT o.*, row_number() OVER (PARTITION BY claim_id ORDER BY recorded_at DESC, outcome_id DESC) AS rn
    FROM outcomes o
) WHERE rn = 1;

-- claims_by_type_per_article: one row per article with its claim counts per type.
CREATE VIEW claims_by_type_per_article AS
SELECT a.article_id, a.title, a.outlet, a.published_at,
       count(c.claim_id) AS claims,
       count(c.claim_id) FILTER (WHERE c.claim_type = 'fact') AS facts,
       count(c.claim_id) FILTER (WHERE c.claim_type = 'assessment') AS assessments,
       count(c.claim_id) FILTER (WHERE c.claim_type = 'forecast') AS forecasts
FROM articles a LEFT JOIN claims c USING (article_id)
GROUP BY ALL;

-- claims_with_articles: every claim with its article's title, outlet and dates.
CREATE VIEW claims_with_articles AS
SELECT c.*, a.title, a.outlet, a.source_uri, a.published_at
FROM claims c JOIN articles a USING (article_id);

-- forecasts_due: open forecasts whose next review date has come, oldest first.
CREATE VIEW forecasts_due AS
SELECT f.claim_id, c.text, c.attributed_to, a.outlet, a.title, a.published_at,
       f.horizon_text, f.horizon_explicit, f.resolve_by, f.next_review_at,
       f.implied_probability, f.resolution_criteria,
       (current_date - f.resolve_by) AS days_overdue
FROM forecasts f
JOIN claims c USING (claim_id)
JOIN articles a USING (article_id)
WHERE f.status = 'open' AND f.next_review_at <= current_date
ORDER BY f.next_review_at, f.claim_id;
