package shell

import (
	"os"
	"sync"
	"syscall"

	"jobsh/sys/sig"
)

// hub tells the waits that must stay interruptible (the wait builtin)
// that a child changed state. Several waiters can listen at once (an
// in-process subshell may run wait while its parent does), so each gets
// its own channel. The process has one (processShared.childSignals).
type hub struct {
	once sync.Once
	mu   sync.Mutex
	subs map[chan struct{}]struct{}
}

func (h *hub) start() {
	h.subs = map[chan struct{}]struct{}{}
	c := make(chan os.Signal, 8)
	sig.Process.Subscribe(c, syscall.SIGCHLD)
	go func() {
		for range c {
			h.mu.Lock()
			for ch := range h.subs {
				select {
				case ch <- struct{}{}:
				default: // one pending wake-up is enough
				}
			}
			h.mu.Unlock()
		}
	}()
}

// subscribe returns a channel that receives after each SIGCHLD. Poll after
// subscribing, then wait on it: a child that ends in between still wakes.
func (h *hub) subscribe() chan struct{} {
	h.once.Do(h.start)
	ch := make(chan struct{}, 1)
	h.mu.Lock()
	h.subs[ch] = struct{}{}
	h.mu.Unlock()
	return ch
}

func (h *hub) unsubscribe(ch chan struct{}) {
	h.mu.Lock()
	delete(h.subs, ch)
	h.mu.Unlock()
}
