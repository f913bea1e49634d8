import { useEffect } from 'react';
import { Modal } from '../components/Modal';
import { isTyping, opensHelp } from './help-keys';
import { useHelp } from './help-state';
import { SHORTCUT_GROUPS } from './shortcuts';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
/** The list says Ctrl; a Mac user presses Cmd. */
const onThisMachine = (keys: string) => (isMac ? keys.replace(/Ctrl\+/g, '⌘') : keys);

/** Listens for ?, F1 and Ctrl+/ anywhere in the app, and shows every shortcut when asked. */
export function ShortcutHelp() {
  const open = useHelp((s) => s.open);
  const setOpen = useHelp((s) => s.setOpen);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const press = { key: e.key, ctrl: e.ctrlKey || e.metaKey, alt: e.altKey, typing: isTyping(e.target), handled: e.defaultPrevented };
      if (!opensHelp(press)) return;
      e.preventDefault(); // F1 would otherwise open the browser's own help
      useHelp.getState().setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!open) return null;
  const close = () => setOpen(false);
  return (
    <Modal
      title="Keyboard shortcuts"
      onClose={close}
      wide
      actions={
        <button type="button" className="button primary" onClick={close} autoFocus>
          Close
        </button>
      }
    >
      {/* Focusable, so the keyboard can scroll it on a small screen. */}
      <div className="shortcut-groups" tabIndex={0} role="region" aria-label="Every shortcut">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} className="shortcut-group" aria-labelledby={`shortcuts-${slug(group.title)}`}>
            <h3 id={`shortcuts-${slug(group.title)}`}>
              {group.title}
              {group.where && <span className="shortcut-where"> {group.where}</span>}
            </h3>
            <dl>
              {group.shortcuts.map((s) => (
                <div key={s.what} className="shortcut">
                  <dt>
                    {s.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && <span className="shortcut-or"> or </span>}
                        <kbd>{onThisMachine(k)}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{s.what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z]+/g, '-');
}
