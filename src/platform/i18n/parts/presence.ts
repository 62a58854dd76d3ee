// Messages for presence in a shared process: who is here, following a view, who is typing.
export const presenceSv = {
  'presence.hereNow': 'Här nu',
  'presence.follow': 'Följ',
  'presence.followName': 'Följ {name}',
  'presence.unfollowName': 'Sluta följa {name}',
  'presence.more': '{count} till här nu',
  'presence.following': 'Du följer {name}',
  'presence.typing': '{name} skriver…',
} as const;

export const presenceEn: Record<keyof typeof presenceSv, string> = {
  'presence.hereNow': 'Here now',
  'presence.follow': 'Follow',
  'presence.followName': 'Follow {name}',
  'presence.unfollowName': 'Stop following {name}',
  'presence.more': '{count} more here now',
  'presence.following': 'You are following {name}',
  'presence.typing': '{name} is typing…',
};
