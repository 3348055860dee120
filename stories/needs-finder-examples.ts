/** Example host input for <intake-needs-finder>, shared by stories and tests. */

/** A host catalog: two built-in needs (texts and codes come from the library) and one of the host's own. */
export const petCareCatalog = [
  { id: 'food' },
  { id: 'housing-tonight' },
  {
    id: 'pet-care',
    label: { en: 'Pet care', es: 'Cuidado de mascotas' },
    description: { en: 'Food and vet care for pets', es: 'Comida y veterinario para mascotas' },
    taxonomy: [{ code: 'pets-1', name: 'Pet Food' }],
  },
];

/** A catalog the finder must reject (bad id, markup in an icon, a new need without a label): it keeps the built-in one. */
export const brokenCatalog = [{ id: 'Bad Id!', icon: '<script>' }, { id: 'no-label' }];
