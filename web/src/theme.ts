import type { ThemeConfig } from 'antd';

/**
 * The portal's Ant Design theme. Every colour that text is drawn in meets WCAG AA (4.5:1) on white
 * and on the light greys and tints Ant Design puts behind it (axe-core checks it in the browser
 * tests): darker secondary text than the defaults, a darker red, since the default error red
 * (#ff4d4f, 3.3:1 on white) is the text of danger buttons and of field errors, and hover colours
 * set by hand, since the ones derived from the seeds are lighter (link hover 2.8:1, primary hover
 * 4.3:1, also as the ground of white text on a hovered primary button).
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8',
    colorLink: '#1d4ed8',
    colorInfo: '#1d4ed8',
    colorPrimaryHover: '#2563eb',
    colorPrimaryTextHover: '#2563eb',
    colorLinkHover: '#2563eb',
    colorError: '#cf1322',
    colorErrorHover: '#b91c1c',
    colorErrorTextHover: '#b91c1c',
    colorTextSecondary: '#4b4b4b',
    colorTextTertiary: '#555',
    colorTextDescription: '#4b4b4b',
    colorTextPlaceholder: '#666',
  },
};

/**
 * The theme for a user who asked their system for less motion (`prefers-reduced-motion: reduce`,
 * WCAG 2.3.3): Ant Design's fades, slides and zooms are turned off; messages and drawers simply
 * appear and go. The browser tests ask for it too, so that axe-core never measures a colour half-way
 * through a fade.
 */
export const reducedMotionTheme: ThemeConfig = { ...theme, token: { ...theme.token, motion: false } };
