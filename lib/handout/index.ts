export { buildHandout, formatIssueDate } from './build';
export { HandoutContent, type Block, type HandoutProduct, type Section } from './content';
export { fleschKincaidGrade, handoutReadingGrade, handoutTextUnits } from './readability';
