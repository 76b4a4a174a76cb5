import type { ActivatedRouteSnapshot } from '@angular/router';

/** Whether the page being opened asked to be drawn without the frame (route data `bare: true`). */
export function isBareRoute(root: ActivatedRouteSnapshot): boolean {
  let route = root;
  while (route.firstChild) route = route.firstChild;
  return route.data['bare'] === true;
}
