-- Claims whose text contains a phrase, newest articles first. Parameters: :phrase (text, case-insensitive).
SELECT c.claim_id, c.claim_type, a.outlet, a.published_at, c.text
FROM claims c JOIN articles a USING (article_id)
WHERE c.text ILIKE '%' || :phrase || '%'
ORDER BY a.published_at DESC NULLS LAST, c.position
