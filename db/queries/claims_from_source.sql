-- Claims attributed to a source whose name contains a word. Parameters: :source (text, case-insensitive).
SELECT claim_id, claim_type, attributed_to, text
FROM claims
WHERE attributed_to ILIKE '%' || :source || '%'
ORDER BY article_id, position
