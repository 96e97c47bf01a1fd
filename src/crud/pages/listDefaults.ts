/** Rows per page of a generated list, also the first page fetched ahead (app/firstListRequest.ts). */
export const PAGE_SIZE = 20;
