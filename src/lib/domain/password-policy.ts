/** Fewest characters an account password may have. */
export const PASSWORD_MIN = 10;
