/** The bundled catalogue, validated once. Imported by the background, the scan tool and tests, never by the content script. */
import data from './catalogue.json';
import { CatalogueSchema, type Catalogue } from './catalogue.schema';

let parsed: Catalogue | null = null;

export function bundledCatalogue(): Catalogue {
  parsed ??= CatalogueSchema.parse(data);
  return parsed;
}
