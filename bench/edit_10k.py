#!/usr/bin/env python3
"""The editors' page (bearbeiten.html) with 10,000 places: the longest main-thread task (Long Tasks
API) while choosing, typing, dragging, clicking and undoing. Figures, not pass/fail (BENCHMARKS.md).

Usage: scripts/build.sh; python3 scripts/generate-synthetic.py --count 10000 --out /tmp/syn10k;
(cd dist && python3 -m http.server 8765 &); python3 bench/edit_10k.py [/tmp/syn10k]
Needs Python selenium 4 (pip install selenium) and Chromium and ChromeDriver at /usr/bin
(scripts/setup-test.sh installs those two)."""
import sys, time
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.actions.action_builder import ActionBuilder
o=webdriver.ChromeOptions()
for a in ['--headless=new','--no-sandbox','--disable-dev-shm-usage','--lang=de-DE','--window-size=1280,800']: o.add_argument(a)
o.binary_location='/usr/bin/chromium'
d=webdriver.Chrome(service=webdriver.ChromeService('/usr/bin/chromedriver'),options=o)
d.get('http://127.0.0.1:8765/bearbeiten.html'); time.sleep(2)
d.execute_script("window.__lt=[]; new PerformanceObserver(l=>{for(const e of l.getEntries()) window.__lt.push([e.name,e.startTime,e.duration])}).observe({type:'longtask'})")
inp=d.find_element(By.ID,'ed-files'); data = sys.argv[1] if len(sys.argv) > 1 else '/tmp/syn10k'
inp.send_keys(f'{data}/places.geojson\n{data}/config.json')
t0=time.time()
while 'geöffnet' not in d.execute_script("return document.querySelector('.ed-status').textContent"): time.sleep(.1)
time.sleep(3)
def phase(name, f):
    d.execute_script("window.__lt=[]"); f(); time.sleep(1.5)
    lt=d.execute_script("return window.__lt")
    print(f"{name}: longest task {max([x[2] for x in lt], default=0):.0f} ms, {len(lt)} long tasks")
print('opened in', round(time.time()-t0,1),'s')
def select():
    s=d.find_element(By.ID,'ed-search'); s.send_keys('Testort '); time.sleep(.5)
    d.find_element(By.CSS_SELECTOR,'.ed-place').click()
phase('search 6 letters + select from list', select)
def typing():
    f=d.find_element(By.ID,'ed-f-name'); f.click()
    for ch in ' Probe': f.send_keys(ch); time.sleep(0.12)
phase('typing 6 letters into the name', typing)
def phone():
    f=d.find_element(By.ID,'ed-f-phone'); f.click()
    for ch in '04171 1': f.send_keys(ch); time.sleep(0.12)
phase('typing a phone number', phone)
def drag():
    d.execute_script("document.querySelector('.ed-preview .bk-map').scrollIntoView({block:'center'})")
    r=d.execute_script("const r=document.querySelector('.ed-pin').getBoundingClientRect(); return [r.left+r.width/2, r.top+r.height*0.35]")
    ab=ActionBuilder(d, duration=100); p=ab.pointer_action
    p.move_to_location(int(r[0]),int(r[1])); p.pointer_down(); p.move_by(30,0); p.move_by(30,20); p.move_by(20,10); p.pointer_up(); ab.perform()
phase('dragging the pin', drag)
def marker():
    m=d.find_elements(By.CSS_SELECTOR,'.ed-preview .bk-marker')
    if m: m[0].click()
phase('clicking a marker', marker)
def undo():
    d.find_element(By.XPATH,"//button[normalize-space()='Rückgängig']").click()
phase('undo', undo)
d.quit()
