# expect: hand-written (machine.SD and uos.mount as on the WiPy; the virtual card starts blank)
import os
from machine import SD

print(os.listdir('/'))  # nothing at /sd before it is mounted
sd = SD()
print(sd is SD(pins=('GP10', 'GP11', 'GP15')), type(sd).__name__)
os.mount(sd, '/sd')
print(os.listdir('/'), os.listdir('/sd'))
with open('/sd/data.txt', 'w') as f:
    f.write('hello sd')
os.mkdir('/sd/logs')
print(sorted(os.listdir('/sd')), open('/sd/data.txt').read())
try:
    os.mount(sd, '/sd')
except OSError as e:
    print('OSError', e)
os.chdir('/sd/logs')
os.unmount('/sd')
print(os.getcwd(), os.listdir('/'))
try:
    open('/sd/data.txt')
except OSError as e:
    print('OSError', e)
# the card keeps its files; mkfs empties it
os.mount(sd, '/sd')
print(sorted(os.listdir('/sd')))
os.mkfs(sd)
print(os.listdir('/sd'))
os.unmount('/sd')
sd.deinit()
try:
    os.mount(sd, '/sd')
except OSError as e:
    print('OSError', e)
sd.init()
os.mount(sd, '/sd')
os.unmount('/sd')
for args, kw in [((), {'pins': ('GP10', 'GP11')}), ((), {'pins': ('GP11', 'GP10', 'GP15')}),
                 ((), {'pins': ('GP16', 'GP17', 'GP99')}), ((1,), {})]:
    try:
        SD(*args, **kw)
        print('ok', kw)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
print(SD(pins=('GP16', 'GP17', 'GP15')) is sd)
# a read-only mount refuses every change
os.mount(sd, '/sd')
open('/sd/keep.txt', 'w').write('kept')
os.unmount('/sd')
os.mount(sd, '/sd', readonly=True)
print(open('/sd/keep.txt').read())
for op in [lambda: open('/sd/keep.txt', 'w'), lambda: open('/sd/new.txt', 'w'),
           lambda: open('/sd/keep.txt', 'a'), lambda: open('/sd/keep.txt', 'r+'),
           lambda: os.remove('/sd/keep.txt'), lambda: os.mkdir('/sd/d'),
           lambda: os.rename('/sd/keep.txt', '/sd/k2.txt')]:
    try:
        op()
        print('changed!')
    except OSError as e:
        print('OSError', e.args[0])
print(os.listdir('/sd'))
os.unmount('/sd')
