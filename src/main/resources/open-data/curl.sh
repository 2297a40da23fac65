curl --silent --show-error --fail \
  --header 'Accept: text/csv' \
  --data-urlencode 'query=
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?project ?name WHERE {
  ?project a schema:Project ; skos:prefLabel ?name .
  FILTER (lang(?name) = "en")
}
ORDER BY ?name' \
  '${endpoint}'
