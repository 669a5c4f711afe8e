import json,sys
b=json.load(open(f'/tmp/hr/blocks/{sys.argv[1]}.json'))
a=int(sys.argv[2]); z=min(int(sys.argv[3]),len(b)-1)
for i in range(a,z+1): print(i,b[i][0][-25:],'|',b[i][1][:110])
