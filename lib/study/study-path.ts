// The study page's address, and its form posts' (`${studyPath(setId)}/answer` …). Plain: the Pages
// Router's study page, the components and the route handler all build it.
export const studyPath = (setId: string) => `/sets/${encodeURIComponent(setId)}/study`;
