-- Every stored claim with its type, confidence and source, in article order. Parameters: none.
SELECT c.position AS "#", c.claim_type AS type, round(c.confidence, 2) AS conf,
       coalesce(c.attributed_to, '') AS source, c.text
FROM claims c JOIN articles a USING (article_id)
ORDER BY a.ingested_at, c.position
