/**
 * Ingredients of the studied products, microbial or not. A product (lib/kb/data/evidence.ts) is a list of these, and
 * safety rules (lib/kb/data/safety.ts) name an ingredient or a kind of ingredient, so a rule about spirulina or
 * S. boulardii reaches every product that contains it. The audit checks that every ingredient is covered by a rule
 * on pregnancy, breastfeeding and children (and immunocompromise for living organisms).
 */
import type { KnowledgeBaseInput } from '../schema';

type IngredientInput = KnowledgeBaseInput['ingredients'][number];

const bacterium = (id: string, species: string, strain: string | null): IngredientInput => ({
  id,
  name: strain ? `${species} ${strain}` : species,
  kind: 'bacterium',
  live: true,
  species,
  strain,
});

export const ingredients: IngredientInput[] = [
  // Acne.
  bacterium('lactobacillus-acidophilus-unspecified', 'Lactobacillus acidophilus', null),
  bacterium('lactobacillus-delbrueckii-bulgaricus-unspecified', 'Lactobacillus delbrueckii subsp. bulgaricus', null),
  bacterium('bifidobacterium-bifidum-unspecified', 'Bifidobacterium bifidum', null),
  bacterium('lactobacillus-rhamnosus-sp1', 'Lactobacillus rhamnosus', 'SP1'),
  bacterium('lactobacillus-rhamnosus-cect-30031', 'Lactobacillus rhamnosus', 'CECT 30031'),
  {
    id: 'arthrospira-platensis',
    name: 'Arthrospira platensis (spirulina) BEA_IDA_0074B',
    kind: 'cyanobacterium',
    live: false,
    species: 'Arthrospira platensis',
    strain: 'BEA_IDA_0074B',
  },
  // Psoriasis.
  bacterium('bifidobacterium-longum-cect-7347', 'Bifidobacterium longum', 'CECT 7347'),
  bacterium('bifidobacterium-animalis-lactis-cect-8145', 'Bifidobacterium animalis subsp. lactis', 'CECT 8145'),
  bacterium('lactobacillus-rhamnosus-cect-8361', 'Lactobacillus rhamnosus', 'CECT 8361'),
  bacterium('bacillus-indicus-hu36', 'Bacillus indicus', 'HU36'),
  bacterium('bacillus-subtilis-hu58', 'Bacillus subtilis', 'HU58'),
  bacterium('bacillus-coagulans-sc208', 'Bacillus coagulans', 'SC208'),
  bacterium('bacillus-licheniformis-sl307', 'Bacillus licheniformis', 'SL307'),
  bacterium('bacillus-clausii-sc109', 'Bacillus clausii', 'SC109'),
  { id: 'fructo-oligosaccharides', name: 'Fructo-oligosaccharides (FOS)', kind: 'prebiotic-fibre', live: false },
  { id: 'xylo-oligosaccharides', name: 'Xylo-oligosaccharides (XOS)', kind: 'prebiotic-fibre', live: false },
  { id: 'galacto-oligosaccharides', name: 'Galacto-oligosaccharides (GOS)', kind: 'prebiotic-fibre', live: false },
  // Atopic dermatitis.
  bacterium('lactobacillus-casei-cect-9104', 'Lactobacillus casei', 'CECT 9104'),
  bacterium('lactobacillus-rhamnosus-gg', 'Lactobacillus rhamnosus', 'GG'),
  // Rosacea, seborrheic dermatitis.
  bacterium('escherichia-coli-nissle-1917', 'Escherichia coli', 'Nissle 1917'),
  bacterium('lactobacillus-paracasei-ncc-2461', 'Lactobacillus paracasei', 'NCC 2461 (ST11)'),
  // In no studied product here, but sold widely as a probiotic: its rules reach any product added with it.
  {
    id: 'saccharomyces-boulardii',
    name: 'Saccharomyces boulardii',
    kind: 'yeast',
    live: true,
    species: 'Saccharomyces boulardii',
    strain: null,
  },
  // Chronic urticaria.
  bacterium('lactobacillus-reuteri-atcc-55730', 'Lactobacillus reuteri', 'ATCC 55730'),
];
