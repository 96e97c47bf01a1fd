export { GenericCreate } from './GenericCreate';
export { GenericEdit } from './GenericEdit';
export { GenericList } from './GenericList';
export { GenericShow } from './GenericShow';
