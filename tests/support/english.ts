// Jest set-up (jest.config.js): the English messages registered for every test, as the command line,
// WPS and the demo register them; the Office pane's on-demand loading is tested in tests/i18n.
import "../../src/i18n/english";
