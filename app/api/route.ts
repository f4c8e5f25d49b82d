// /api itself answers like any unknown API address.
export { GET, POST, PUT, PATCH, DELETE } from './[...path]/route';
