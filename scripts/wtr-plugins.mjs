// Dev-server plugins for browser tests. The HSDS API mock lands with the service finder.
export function hsdsApiPlugin() {
  return [];
}
