/** Cap on paths attached to one finding. */
export const FINDING_PATH_CAP = 10;
