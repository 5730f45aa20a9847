# expect: hand-written (network.WLAN and network.Server on a virtual board whose WLAN sees "home" (WPA2) and "cafe" (open))
import machine, network
from network import WLAN, Server

wlan = WLAN()
print(wlan.mode() == WLAN.AP, wlan.ssid().startswith('wipy-wlan-'), len(wlan.ssid()), wlan.auth())
print(wlan.ifconfig(), wlan.channel(), wlan.antenna() == WLAN.INT_ANT, len(wlan.mac()))
print(WLAN.STA, WLAN.AP, WLAN.WEP, WLAN.WPA, WLAN.WPA2, WLAN.INT_ANT, WLAN.EXT_ANT)
for f in [lambda: wlan.scan(), lambda: wlan.connect('home')]:
    try:
        f()
    except OSError as e:
        print('OSError', e)  # not in AP mode
wlan = WLAN(mode=WLAN.STA)
print(wlan is WLAN(), wlan.mode() == WLAN.STA, wlan.isconnected(), wlan.ifconfig())
nets = wlan.scan()
print([(n.ssid, n.sec, n.channel, n.rssi, len(n.bssid)) for n in nets], nets[0][0])
wlan.connect('home', auth=(WLAN.WPA2, 'secret'))
print(wlan.isconnected(), wlan.ifconfig())
wlan.ifconfig(config=('10.0.0.7', '255.0.0.0', '10.0.0.1', '8.8.8.8'))
print(wlan.ifconfig())
wlan.ifconfig(config='dhcp')
print(wlan.ifconfig())
wlan.disconnect()
print(wlan.isconnected())
wlan.connect(ssid='cafe')
print(wlan.isconnected(), wlan.ifconfig()[0])
for f in [lambda: wlan.connect('home', auth=(WLAN.WPA2, 'wrong'), timeout=100),
          lambda: wlan.connect('nowhere', timeout=50), lambda: wlan.connect('x' * 33),
          lambda: wlan.connect('home', auth=(5, 'k')), lambda: wlan.connect('home', auth=(WLAN.WEP, 'xyz')),
          lambda: wlan.mode(1), lambda: wlan.channel(12), lambda: wlan.ifconfig(config='static'),
          lambda: wlan.ifconfig(config=('1.2.3', '0.0.0.0', '0.0.0.0', '0.0.0.0')),
          lambda: wlan.mac(b'12345'), lambda: WLAN(1, mode=WLAN.STA), lambda: wlan.ifconfig(1)]:
    try:
        print(f())
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(wlan.isconnected())
wlan.init(WLAN.AP, ssid='my-wipy', auth=(WLAN.WPA2, 'pass1234'), channel=7, antenna=WLAN.EXT_ANT)
print(wlan.ssid(), wlan.auth(), wlan.channel(), wlan.antenna() == WLAN.EXT_ANT, wlan.ifconfig())
wlan.mac(b'\x01\x02\x03\x04\x05\x06')
print(wlan.mac())
server = Server()
print(server.timeout(), server.isrunning())  # wipy run serves no telnet/FTP
server.init(login=('user', 'password'), timeout=60)
print(server.timeout())
server.timeout(300)
print(server.timeout())
server.deinit()
print(server.isrunning())
for f in [lambda: server.timeout(4), lambda: server.init(login=('u' * 33, 'p')),
          lambda: server.init(login=('u',)), lambda: Server(1)]:
    try:
        print(f())
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
