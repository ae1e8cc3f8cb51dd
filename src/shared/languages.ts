/** Languages the product's own interface is written in, in fallback order after the user's own. */
export const UI_LANGUAGES = ['en', 'ru', 'kk', 'ky', 'tg', 'tk', 'uz'] as const;
