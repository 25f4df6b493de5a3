-- Claim counts per type, optionally for one outlet. Parameters: none.
SELECT claim_type, count(*) AS claims, round(avg(confidence), 3) AS mean_confidence
FROM claims
GROUP BY claim_type
ORDER BY claims DESC
