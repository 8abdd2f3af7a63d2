// Facts about this release, inlined from package.json at build time by esbuild.
import { repository, version } from '../../../package.json';

export const VERSION: string = version;
/** The project's home page: the repository URL without the `.git` suffix. */
export const HOME_URL: string = repository.url.replace(/\.git$/, '');
