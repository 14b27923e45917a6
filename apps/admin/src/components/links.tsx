import { Anchor, Button, NavLink } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef } from 'react';

// Router-aware versions of Mantine's link-like components: typed `to`, client-side navigation,
// and a real <a href> so that opening in a new tab works.
export const TextLink = createLink(
  forwardRef<HTMLAnchorElement, React.ComponentPropsWithoutRef<typeof Anchor<'a'>>>((props, ref) => (
    <Anchor ref={ref} {...props} />
  )),
);

export const ButtonLink = createLink(
  forwardRef<HTMLAnchorElement, React.ComponentPropsWithoutRef<typeof Button<'a'>>>((props, ref) => (
    <Button component="a" ref={ref} {...props} />
  )),
);

export const NavEntry = createLink(
  forwardRef<HTMLAnchorElement, React.ComponentPropsWithoutRef<typeof NavLink<'a'>>>((props, ref) => (
    <NavLink component="a" ref={ref} {...props} />
  )),
);
