import errors from './errors';
import app from './app';

export default { errors, app };
